stub: upstream file of 37055 bytes
