stub: upstream file of 17315 bytes
