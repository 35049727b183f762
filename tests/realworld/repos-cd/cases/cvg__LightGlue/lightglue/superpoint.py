stub: upstream file of 8618 bytes
