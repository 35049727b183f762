stub: upstream file of 8681 bytes
