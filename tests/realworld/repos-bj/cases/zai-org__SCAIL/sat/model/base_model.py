stub: upstream file of 21618 bytes
