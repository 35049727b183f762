stub: upstream file of 12670 bytes
