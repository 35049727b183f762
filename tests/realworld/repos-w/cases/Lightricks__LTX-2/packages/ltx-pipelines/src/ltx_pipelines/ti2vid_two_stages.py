stub: upstream file of 14618 bytes
