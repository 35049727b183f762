stub: upstream file of 613243 bytes
