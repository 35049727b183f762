stub: upstream file of 46113 bytes
