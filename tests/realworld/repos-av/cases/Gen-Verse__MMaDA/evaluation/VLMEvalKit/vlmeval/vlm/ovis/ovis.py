stub: upstream file of 20949 bytes
