stub: upstream file of 19618 bytes
