stub: upstream file of 44356 bytes
