stub: upstream file of 17841 bytes
