stub: upstream file of 4618 bytes
