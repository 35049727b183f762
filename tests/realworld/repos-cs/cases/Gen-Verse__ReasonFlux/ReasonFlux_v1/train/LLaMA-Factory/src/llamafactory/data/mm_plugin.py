stub: upstream file of 48641 bytes
