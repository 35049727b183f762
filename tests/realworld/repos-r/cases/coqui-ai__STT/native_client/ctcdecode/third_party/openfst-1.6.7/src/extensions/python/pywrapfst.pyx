stub: upstream file of 137276 bytes
