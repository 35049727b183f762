stub: upstream file of 17640 bytes
