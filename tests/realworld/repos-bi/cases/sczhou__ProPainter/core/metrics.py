stub: upstream file of 20618 bytes
