stub: upstream file of 38632 bytes
