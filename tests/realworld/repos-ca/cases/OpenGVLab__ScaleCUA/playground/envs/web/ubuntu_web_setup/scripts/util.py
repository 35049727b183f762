stub: upstream file of 44138 bytes
