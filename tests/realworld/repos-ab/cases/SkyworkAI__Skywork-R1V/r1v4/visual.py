stub: upstream file of 23030 bytes
