stub: upstream file of 6618 bytes
