stub: upstream file of 24655 bytes
