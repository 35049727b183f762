stub: upstream file of 949563 bytes
