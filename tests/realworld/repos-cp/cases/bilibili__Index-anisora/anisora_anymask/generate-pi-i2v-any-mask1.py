stub: upstream file of 19264 bytes
