stub: upstream file of 8177 bytes
