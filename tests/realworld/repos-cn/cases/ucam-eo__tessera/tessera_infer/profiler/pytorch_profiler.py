stub: upstream file of 10191 bytes
