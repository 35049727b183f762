stub: upstream file of 36964 bytes
