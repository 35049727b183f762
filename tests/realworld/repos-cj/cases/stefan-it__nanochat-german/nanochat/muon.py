stub: upstream file of 9618 bytes
