stub: upstream file of 22618 bytes
