stub: upstream file of 21616 bytes
