stub: upstream file of 80618 bytes
