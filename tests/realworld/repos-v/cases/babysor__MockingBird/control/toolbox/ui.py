stub: upstream file of 28772 bytes
