stub: upstream file of 2462718 bytes
