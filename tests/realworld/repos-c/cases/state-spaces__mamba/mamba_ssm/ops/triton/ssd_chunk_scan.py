stub: upstream file of 107618 bytes
