stub: upstream file of 55772 bytes
