stub: upstream file of 19844 bytes
