stub: upstream file of 24473 bytes
