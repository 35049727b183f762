stub: upstream file of 10618 bytes
