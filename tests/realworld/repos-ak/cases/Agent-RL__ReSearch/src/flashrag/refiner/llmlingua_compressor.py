stub: upstream file of 111809 bytes
