stub: upstream file of 5618 bytes
