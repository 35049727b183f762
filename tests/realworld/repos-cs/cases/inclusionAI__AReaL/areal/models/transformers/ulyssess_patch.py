stub: upstream file of 10182 bytes
