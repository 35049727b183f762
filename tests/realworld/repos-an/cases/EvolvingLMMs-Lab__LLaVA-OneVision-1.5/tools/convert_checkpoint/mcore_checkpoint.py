stub: upstream file of 132618 bytes
