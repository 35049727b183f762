stub: upstream file of 14431 bytes
