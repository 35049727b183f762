stub: upstream file of 28103 bytes
