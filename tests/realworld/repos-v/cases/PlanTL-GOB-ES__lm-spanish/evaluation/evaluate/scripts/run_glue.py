stub: upstream file of 25602 bytes
