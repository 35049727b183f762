stub: upstream file of 10221 bytes
