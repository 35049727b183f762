stub: upstream file of 12751 bytes
