stub: upstream file of 32027 bytes
