stub: upstream file of 8694 bytes
