stub: upstream file of 25497 bytes
