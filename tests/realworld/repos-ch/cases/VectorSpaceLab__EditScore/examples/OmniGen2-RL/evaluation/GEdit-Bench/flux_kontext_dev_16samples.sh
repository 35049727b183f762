stub: upstream file of 2618 bytes
