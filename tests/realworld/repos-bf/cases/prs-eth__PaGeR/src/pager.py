stub: upstream file of 19022 bytes
