stub: upstream file of 31618 bytes
