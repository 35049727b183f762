stub: upstream file of 11608 bytes
